import { type KeyboardEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui';

const minZoom = 0.4;
const maxZoom = 1.6;
const step = 0.1;

export interface MapZoom {
  scale: number;
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
  /** Keys on the chart itself: + and − zoom, 0 resets. */
  onKeyDown: (event: KeyboardEvent) => void;
}

/** The chart's zoom factor, in steps of 10 % between 40 % and 160 %. */
export function useMapZoom(): MapZoom {
  const [scale, setScale] = useState(1);
  const change = useCallback((delta: number) => {
    setScale((current) => Math.min(maxZoom, Math.max(minZoom, Math.round((current + delta) * 10) / 10)));
  }, []);
  const zoomIn = useCallback(() => change(step), [change]);
  const zoomOut = useCallback(() => change(-step), [change]);
  const reset = useCallback(() => setScale(1), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === '+' || event.key === '=') zoomIn();
    else if (event.key === '-' || event.key === '_') zoomOut();
    else if (event.key === '0') reset();
    else return;
    event.preventDefault();
  };
  return { scale, zoomIn, zoomOut, reset, onKeyDown };
}

/** Zoom out, the current percentage (resets to 100 %) and zoom in. */
export function MapZoomControls({ zoom }: { zoom: MapZoom }) {
  const { t } = useTranslation();
  const percent = Math.round(zoom.scale * 100);
  return (
    <fieldset className="map-zoom">
      <legend className="visually-hidden">{t('positionMap.zoom.label')}</legend>
      <Button
        size="small"
        data-testid="map-zoom-out"
        aria-label={t('positionMap.zoom.out')}
        title={t('positionMap.zoom.out')}
        onClick={zoom.zoomOut}
        disabled={zoom.scale <= minZoom}
      >
        −
      </Button>
      <Button
        size="small"
        className="map-zoom-level"
        data-testid="map-zoom-reset"
        aria-label={t('positionMap.zoom.reset', { percent })}
        title={t('positionMap.zoom.reset', { percent })}
        onClick={zoom.reset}
      >
        <span aria-live="polite">{percent}%</span>
      </Button>
      <Button
        size="small"
        data-testid="map-zoom-in"
        aria-label={t('positionMap.zoom.in')}
        title={t('positionMap.zoom.in')}
        onClick={zoom.zoomIn}
        disabled={zoom.scale >= maxZoom}
      >
        +
      </Button>
    </fieldset>
  );
}
