/** SVG to PNG with resvg (no browser, no network). */
import { Resvg } from '@resvg/resvg-js';

/** PNG bytes of an SVG string; system fonts are used for the labels. */
export function pngFromSvg(svg: string, width?: number): Buffer {
  const r = new Resvg(svg, width ? { fitTo: { mode: 'width', value: width } } : undefined);
  return r.render().asPng();
}
