/** "label.namesake • — Namesake": the file's name, a dot while there are unsaved changes, the app. */
export function documentTitle(name: string, dirty: boolean): string {
  return `${name}${dirty ? ' •' : ''} — Namesake`;
}
