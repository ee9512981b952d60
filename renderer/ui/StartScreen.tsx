import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Commands } from '../editor/commands';
import type { StatusMessage } from '../editor/editor';
import { ProductCatalogue, type Product, type ProductQuery, type ShapeFilter } from '../editor/products';
import { Modal } from './Modal';
import { ProductThumb } from './ProductThumb';
import { RecentDesigns } from './RecentDesigns';

/** Sheet cards rendered at a time: enough to browse, few enough that typing stays instant. */
const PAGE = 48;
const SHAPES: Array<[ShapeFilter, string]> = [
  ['any', 'Any shape'],
  ['rectangle', 'Rectangle'],
  ['round', 'Round'],
  ['oval', 'Oval'],
];

let catalogue: ProductCatalogue | undefined;
/** Built on first use: parsing the sheet catalogue is the one slow step, and it happens once. */
const products = () => (catalogue ??= new ProductCatalogue());

function ProductCard({ product, onPick }: { product: Product; onPick: (p: Product) => void }) {
  const detailId = useId();
  return (
    <button type="button" className="product" aria-label={product.title} aria-describedby={detailId} onClick={() => onPick(product)}>
      <ProductThumb shape={product.spec.shape} width={product.width} height={product.height} />
      <span className="product-text">
        <span className="product-title">{product.title}</span>
        <span id={detailId} className="product-detail">
          {product.detail}
        </span>
      </span>
    </button>
  );
}

function Shelf({ title, products: list, onPick }: { title: string; products: readonly Product[]; onPick: (p: Product) => void }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId} className="shelf-title">
        {title}
      </h4>
      <ul className="shelf">
        {list.map((p) => (
          <li key={p.id}>
            <ProductCard product={p} onPick={onPick} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Recent designs, a searchable gallery of products, and Custom size: where every design starts. */
export function StartScreen({ commands, status, onClose }: { commands: Commands; status: StatusMessage | null; onClose: () => void }) {
  const [query, setQuery] = useState<ProductQuery>({ text: '', shape: 'any', brand: null });
  const [shown, setShown] = useState(PAGE);
  // Typing stays responsive while the gallery catches up.
  const settled = useDeferredValue(query);
  const results = useMemo(() => products().search(settled), [settled]);
  const singles = results.filter((p) => p.kind === 'single');
  const sheets = results.filter((p) => p.kind === 'sheet');
  const pick = (product: Product) => commands.createFromProduct(product.spec);
  const edit = (patch: Partial<ProductQuery>) => {
    setQuery((q) => ({ ...q, ...patch }));
    setShown(PAGE);
  };
  return (
    <Modal labelledBy="start-title" className="start-screen" onCancel={onClose}>
      <header className="start-head">
        <h2 id="start-title">Start</h2>
        <p className="hint">Open a recent design, or start a new one from a product or a custom size.</p>
        {/* The status bar is behind this screen: a failed open must still be read here. */}
        {status?.kind === 'error' && (
          <p className="start-error" role="alert">
            {status.text}
          </p>
        )}
        <button type="button" className="close" aria-label="Close start screen" title="Back to the editor (Esc)" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="start-body">
        <RecentDesigns commands={commands} />
        <section className="products" aria-labelledby="products-title">
          <div className="products-head">
            <h3 id="products-title">New from product</h3>
            <button type="button" onClick={() => commands.run('new')}>
              Custom size…
            </button>
          </div>
          <div className="filters">
            <input
              type="search"
              aria-label="Search products"
              placeholder="Brand, part, size or shape: avery 5160, 2.5 in round, 63.5 mm"
              value={query.text}
              data-autofocus
              onChange={(e) => edit({ text: e.target.value })}
            />
            <select aria-label="Shape" value={query.shape} onChange={(e) => edit({ shape: e.target.value as ShapeFilter })}>
              {SHAPES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <select aria-label="Brand" value={query.brand ?? ''} onChange={(e) => edit({ brand: e.target.value || null })}>
              <option value="">All brands</option>
              {products().brands.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </select>
          </div>
          <p className="result-count" aria-live="polite">
            {results.length === 0 ? 'No products match. Try fewer words, or Custom size.' : `${results.length} of ${products().size} products`}
          </p>
          <div className="gallery">
            {singles.length > 0 && (
              <Shelf title="Single labels" products={singles} onPick={pick} />
            )}
            {sheets.length > 0 && (
              <Shelf title={`Label sheets: a design for one label (${sheets.length})`} products={sheets.slice(0, shown)} onPick={pick} />
            )}
            {sheets.length > shown && (
              <button type="button" className="more" onClick={() => setShown((n) => n + PAGE)}>
                Show more ({sheets.length - shown} more)
              </button>
            )}
          </div>
        </section>
      </div>
    </Modal>
  );
}
