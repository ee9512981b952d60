import type { Handlers } from '../../shared/ipc/router';
import { createAssetHandlers } from './asset-handlers';
import { createDataHandlers } from './data-handlers';
import { DataStore } from './data-store';
import { createExportHandlers } from './export-handlers';
import { createFileHandlers } from './file-handlers';
import { createFileServices, type FileServices } from './file-services';
import { createFontHandlers } from './font-handlers';
import type { MainPorts } from './ports';
import { createProofHandlers } from './proof-handlers';

/** The handler for every IPC channel: each feature's handlers live in their own module. */
export function createHandlers(
  ports: MainPorts,
  services: FileServices = createFileServices(ports.paths, ports.fontFolders),
  /** Imported order tables by data id: the data channels fill it, export reads it. */
  data: DataStore = new DataStore(),
): Handlers {
  return {
    ...createFileHandlers(ports, services),
    ...createAssetHandlers(ports, services),
    ...createDataHandlers(ports, data),
    ...createExportHandlers(ports, services, data),
    ...createFontHandlers(ports, services.fonts),
    ...createProofHandlers(ports, services),
  };
}
