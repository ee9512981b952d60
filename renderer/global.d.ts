import type { NamesakeBridge } from '../shared/ipc/channels';
import type { TestHook } from './editor/testHook';

declare global {
  interface Window {
    /** Put there by the preload (or, in tests, by the test host's bridge script). */
    readonly namesake: NamesakeBridge;
    /** Set only by the test host's bridge, before the app starts. */
    readonly __NAMESAKE_TEST__?: boolean;
    __namesake?: TestHook;
  }
}
