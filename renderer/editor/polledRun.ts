/** Between status requests: often enough for a smooth bar, rarely enough to cost nothing. */
const POLL_MS = 150;

/**
 * A dialog's conversation with a job main runs: state the dialog subscribes to (useSyncExternalStore),
 * and the job's status asked for again and again while the dialog is connected, since the bridge cannot
 * push progress. Framework-free, like the Editor.
 */
export abstract class PolledRun<S> {
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;

  protected constructor(private state: S) {}

  readonly getState = (): S => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** While the dialog shows it: polls a running job. The returned function stops polling. */
  connect(): () => void {
    this.connected = true;
    this.schedulePoll();
    return () => {
      this.connected = false;
      clearTimeout(this.timer);
    };
  }

  /** The job is under way: another status request is due. */
  protected abstract running(): boolean;

  /** One status request, its answer taken in; it calls schedulePoll again while the job runs. */
  protected abstract poll(): Promise<void>;

  protected schedulePoll(): void {
    clearTimeout(this.timer);
    if (this.connected && this.running()) this.timer = setTimeout(() => void (this.connected && this.poll()), POLL_MS);
  }

  protected set(patch: Partial<S>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
