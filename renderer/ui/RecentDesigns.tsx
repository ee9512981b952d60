import { useEffect, useState } from 'react';
import type { FileHandle } from '../../shared/ipc/contract';
import type { Commands } from '../editor/commands';

/** The designs main remembers opening or saving, newest first; one click opens one. */
export function RecentDesigns({ commands }: { commands: Commands }) {
  const [files, setFiles] = useState<FileHandle[] | null>(null);
  useEffect(() => {
    let live = true;
    void commands.recentFiles().then((list) => live && setFiles(list ?? []));
    return () => {
      live = false;
    };
  }, [commands]);
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h3 id="recent-title">Recent designs</h3>
      {files === null ? (
        <p className="hint">Loading…</p>
      ) : files.length === 0 ? (
        <p className="hint">Designs you save or open appear here.</p>
      ) : (
        <ul className="recent-list">
          {files.map((f) => (
            <li key={f.id}>
              <button type="button" className="recent-file" aria-label={`Open ${f.name}`} title={f.folder} onClick={() => commands.run(`openRecent:${f.id}`)}>
                <span className="recent-name">{f.name}</span>
                <span className="recent-folder">{f.folder}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => commands.run('open')}>
        Open…
      </button>
    </section>
  );
}
