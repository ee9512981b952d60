/** Design files: open, save, recent. Dependency-free (the preload imports channel lists). */
export const FILE_CHANNELS = ['app:info', 'file:open', 'file:openRecent', 'file:save', 'file:saveAs', 'file:recent'] as const;
