import type { Handlers } from '../../shared/ipc/router';
import { createFileHandlers } from './file-handlers';
import { createFileServices, type FileServices } from './file-services';
import type { MainPorts } from './ports';

/** The handler for every IPC channel: each feature's handlers live in their own module. */
export function createHandlers(ports: MainPorts, services: FileServices = createFileServices(ports.paths)): Handlers {
  return {
    ...createFileHandlers(ports, services),
  };
}
