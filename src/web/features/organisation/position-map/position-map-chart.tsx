import {
  type CSSProperties,
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { MapPosition, MapUnit } from '../api';
import { type MapCardOptions, MapPositionCard } from './map-position-card';
import type { MapZoom } from './map-zoom';

interface ChartState {
  collapsed: ReadonlySet<string>;
  toggle: (key: string) => void;
  card: MapCardOptions;
}

const ChartContext = createContext<ChartState | null>(null);

function useChart(): ChartState {
  const state = useContext(ChartContext);
  if (!state) throw new Error('Bagan peta jabatan dipakai di luar PositionMapChart.');
  return state;
}

/** Width of A4 landscape inside 10 mm margins, in CSS pixels (96 per inch). */
const printableWidth = ((297 - 20) / 25.4) * 96;

/**
 * The org chart: every top-level unit a section of its own (a page when printed), units below
 * their parent unit, and inside each unit box its positions below their superior. Lines are CSS.
 * The zoom scales the drawing; the sizer around it takes the scaled size so scrolling still fits.
 */
export function PositionMapChart({
  units,
  zoom,
  collapsed,
  onToggle,
  card,
}: {
  units: MapUnit[];
  zoom: MapZoom;
  collapsed: ReadonlySet<string>;
  onToggle: (key: string) => void;
  card: MapCardOptions;
}) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const measure = () => setSize({ width: canvas.offsetWidth, height: canvas.offsetHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);

  // Printing: each section is zoomed to fit the page width (transforms do not paginate, zoom does).
  useEffect(() => {
    const fit = () => {
      for (const section of canvasRef.current?.querySelectorAll<HTMLElement>('.map-section') ?? []) {
        const tree = section.firstElementChild as HTMLElement | null;
        const width = tree?.scrollWidth ?? 0;
        section.style.setProperty(
          '--print-scale',
          String(width > printableWidth ? printableWidth / width : 1),
        );
      }
    };
    window.addEventListener('beforeprint', fit);
    return () => window.removeEventListener('beforeprint', fit);
  }, []);

  // Custom properties, not inline sizes: the print stylesheet must be able to undo them.
  const sizerStyle = {
    '--map-scale': String(zoom.scale),
    ...(size && {
      '--map-width': `${size.width * zoom.scale}px`,
      '--map-height': `${size.height * zoom.scale}px`,
    }),
  } as CSSProperties;

  return (
    <ChartContext.Provider value={{ collapsed, toggle: onToggle, card }}>
      <section
        className="map-viewport"
        data-testid="position-map"
        aria-label={t('positionMap.chartLabel')}
        aria-describedby="map-zoom-hint"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable chart must take focus for keyboard scrolling and the zoom keys
        tabIndex={0}
        onKeyDown={zoom.onKeyDown}
      >
        <div className="map-sizer" style={sizerStyle}>
          <div className="map-canvas" ref={canvasRef}>
            {units.map((unit) => (
              <section className="map-section" key={unit.id ?? 'none'}>
                <ul className="chart-tree map-unit-tree">
                  <UnitNode unit={unit} />
                </ul>
              </section>
            ))}
          </div>
        </div>
      </section>
    </ChartContext.Provider>
  );
}

function countPositions(list: MapPosition[]): number {
  return list.reduce((n, p) => n + 1 + countPositions(p.children), 0);
}

function UnitNode({ unit }: { unit: MapUnit }) {
  const { t } = useTranslation();
  const chart = useChart();
  const key = `unit:${unit.id ?? 'none'}`;
  const collapsed = chart.collapsed.has(key);
  const bodyId = `map-unit-body-${unit.id ?? 'none'}`;
  const titleId = `map-unit-title-${unit.id ?? 'none'}`;
  const own = countPositions(unit.positions);
  const hasContent = unit.positions.length > 0 || unit.children.length > 0;
  return (
    <li className="chart-node">
      <section
        className="map-unit"
        data-testid="map-unit"
        data-unit-id={unit.id ?? ''}
        aria-labelledby={titleId}
      >
        <header className="map-unit-header">
          {hasContent && (
            <button
              type="button"
              className="map-toggle"
              data-testid="map-unit-toggle"
              aria-expanded={!collapsed}
              aria-controls={bodyId}
              aria-label={t(collapsed ? 'positionMap.unit.expand' : 'positionMap.unit.collapse', {
                name: unit.name,
              })}
              onClick={() => chart.toggle(key)}
            >
              <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
            </button>
          )}
          <div className="map-unit-title">
            <h3 id={titleId}>{unit.name}</h3>
            <span className="map-unit-meta">
              {unit.code && <span className="map-unit-code">{unit.code}</span>}
              <span>{t('positionMap.unit.positions', { count: own })}</span>
            </span>
          </div>
        </header>
        <div id={bodyId} hidden={collapsed}>
          {unit.positions.length === 0 ? (
            <p className="map-unit-empty">{t('positionMap.unit.noPositions')}</p>
          ) : (
            <ul className="chart-tree map-position-tree">
              {unit.positions.map((position) => (
                <PositionNode key={position.id} position={position} />
              ))}
            </ul>
          )}
        </div>
        {collapsed && (
          <p className="map-unit-empty" data-testid="map-unit-hidden">
            {t('positionMap.unit.hidden', { positions: own, units: unit.children.length })}
          </p>
        )}
      </section>
      {!collapsed && unit.children.length > 0 && (
        <ul className="chart-children">
          {unit.children.map((child) => (
            <UnitNode key={child.id ?? 'none'} unit={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

function PositionNode({ position }: { position: MapPosition }) {
  const { t } = useTranslation();
  const chart = useChart();
  const key = `position:${position.id}`;
  const collapsed = chart.collapsed.has(key);
  const count = position.children.length;
  const childrenId = `map-children-${position.id}`;
  const toggle =
    count > 0 ? (
      <button
        type="button"
        className="map-children-toggle"
        data-testid="map-position-toggle"
        aria-expanded={!collapsed}
        aria-controls={childrenId}
        onClick={() => chart.toggle(key)}
      >
        <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>{' '}
        {t(collapsed ? 'positionMap.card.showChildren' : 'positionMap.card.hideChildren', { count })}
      </button>
    ) : null;
  return (
    <li className="chart-node">
      <MapPositionCard position={position} options={chart.card} childrenToggle={toggle} />
      {count > 0 && (
        <ul className="chart-children" id={childrenId} hidden={collapsed}>
          {position.children.map((child) => (
            <PositionNode key={child.id} position={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
