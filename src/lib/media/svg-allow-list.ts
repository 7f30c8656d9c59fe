/**
 * What a published SVG image may contain: drawing, text, gradients, filters and
 * simple animation, nothing that runs code, embeds a document or loads another
 * file. An allow-list, not a block-list: what it does not name is refused.
 * Built from SVG 2 (elements and presentation attributes, chapter 6 and
 * appendix « Property index ») and checked against DOMPurify's SVG lists
 * (src/tags.ts, src/attrs.ts), without what DOMPurify keeps but we need not:
 * <a>, <style>, <feImage>, <view>, SVG fonts, `cursor`.
 */

export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
export const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';

/** The namespace declarations allowed, with the one URI each may name: every element is SVG. */
export const NAMESPACE_DECLARATIONS: Readonly<Record<string, string>> = {
  xmlns: SVG_NAMESPACE,
  'xmlns:svg': SVG_NAMESPACE,
  'xmlns:xlink': XLINK_NAMESPACE,
};

export const ANIMATION_ELEMENTS = new Set(['animate', 'animateMotion', 'animateTransform', 'set']);

export const SVG_ELEMENTS = new Set([
  ...['svg', 'g', 'defs', 'symbol', 'use', 'switch', 'title', 'desc', 'metadata'],
  ...['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath'],
  ...['linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'image'],
  ...['filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting'],
  ...['feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR'],
  ...['feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting'],
  ...['feSpotLight', 'feTile', 'feTurbulence'],
  ...ANIMATION_ELEMENTS,
  'mpath',
]);

/** CSS properties that SVG also takes as attributes; the `style` attribute is checked by its values. */
export const PRESENTATION_ATTRIBUTES = new Set([
  ...['alignment-baseline', 'baseline-shift', 'clip', 'clip-path', 'clip-rule', 'color', 'color-interpolation'],
  ...['color-interpolation-filters', 'color-rendering', 'direction', 'display', 'dominant-baseline', 'enable-background'],
  ...['fill', 'fill-opacity', 'fill-rule', 'filter', 'flood-color', 'flood-opacity', 'font', 'font-family', 'font-kerning'],
  ...['font-size', 'font-size-adjust', 'font-stretch', 'font-style', 'font-variant', 'font-weight', 'image-rendering'],
  ...['isolation', 'letter-spacing', 'lighting-color', 'marker', 'marker-end', 'marker-mid', 'marker-start', 'mask'],
  ...['mask-type', 'mix-blend-mode', 'opacity', 'overflow', 'paint-order', 'pointer-events', 'shape-rendering'],
  ...['stop-color', 'stop-opacity', 'stroke', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin'],
  ...['stroke-miterlimit', 'stroke-opacity', 'stroke-width', 'text-anchor', 'text-decoration', 'text-rendering'],
  ...['transform-origin', 'unicode-bidi', 'vector-effect', 'visibility', 'white-space', 'word-spacing', 'writing-mode'],
]);

/** Geometry and structure, the values of which are numbers, lists, names or `#id` references. */
const GEOMETRY = [
  ...['x', 'y', 'width', 'height', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'd', 'points'],
  ...['pathLength', 'transform', 'viewBox', 'preserveAspectRatio', 'offset', 'dx', 'dy', 'rotate', 'textLength'],
  ...['lengthAdjust', 'startOffset', 'method', 'spacing', 'side', 'path', 'gradientTransform', 'gradientUnits'],
  ...['spreadMethod', 'patternTransform', 'patternUnits', 'patternContentUnits', 'clipPathUnits', 'maskUnits'],
  ...['maskContentUnits', 'markerUnits', 'markerWidth', 'markerHeight', 'refX', 'refY', 'orient'],
];

/** Filter primitives (SVG Filter Effects 1). */
const FILTER = [
  ...['filterUnits', 'primitiveUnits', 'in', 'in2', 'result', 'stdDeviation', 'edgeMode', 'mode', 'type', 'values'],
  ...['tableValues', 'slope', 'intercept', 'amplitude', 'exponent', 'operator', 'k1', 'k2', 'k3', 'k4', 'order'],
  ...['kernelMatrix', 'divisor', 'bias', 'targetX', 'targetY', 'preserveAlpha', 'kernelUnitLength', 'surfaceScale'],
  ...['diffuseConstant', 'specularConstant', 'specularExponent', 'azimuth', 'elevation', 'z', 'pointsAtX', 'pointsAtY'],
  ...['pointsAtZ', 'limitingConeAngle', 'scale', 'xChannelSelector', 'yChannelSelector', 'radius', 'baseFrequency'],
  ...['numOctaves', 'seed', 'stitchTiles'],
];

/** SMIL timing and values; `attributeName` is checked against ANIMATABLE. */
const ANIMATION = [
  ...['attributeName', 'attributeType', 'begin', 'dur', 'end', 'min', 'max', 'restart', 'repeatCount', 'repeatDur'],
  ...['calcMode', 'from', 'to', 'by', 'keyTimes', 'keySplines', 'keyPoints', 'additive', 'accumulate', 'origin'],
];

/** Attributes whose value is free text: parentheses there are not CSS. */
export const TEXT_ATTRIBUTES = new Set(['id', 'class', 'lang', 'xml:lang', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby']);

/** `data-name="Calque 1"`, as Illustrator writes: free text that no browser acts on. */
export const DATA_ATTRIBUTE = /^data-[a-z0-9_.-]+$/;

/** `href` and `xlink:href` are allowed, then checked: a `#fragment`, or a raster image inside <image>. */
export const ATTRIBUTES = new Set([
  ...TEXT_ATTRIBUTES,
  ...['version', 'baseProfile', 'xml:space', 'aria-hidden', 'focusable', 'systemLanguage', 'style', 'href', 'xlink:href'],
  ...PRESENTATION_ATTRIBUTES,
  ...GEOMETRY,
  ...FILTER,
  ...ANIMATION,
]);

/** What an animation may change: the drawing, never a link (`href`), a handler or a style sheet. */
export const ANIMATABLE = new Set([...PRESENTATION_ATTRIBUTES, ...GEOMETRY.filter((name) => name !== 'path'), 'stdDeviation']);

/**
 * CSS functions a value may call. `url()` is allowed only as `url(#id)`; others,
 * such as `image-set()`, `image()` or `src()`, would load a file.
 */
export const CSS_FUNCTIONS = new Set([
  ...['url', 'rgb', 'rgba', 'hsl', 'hsla', 'matrix', 'translate', 'translatex', 'translatey', 'scale', 'scalex', 'scaley'],
  ...['rotate', 'skewx', 'skewy', 'blur', 'brightness', 'contrast', 'drop-shadow', 'grayscale', 'hue-rotate', 'invert'],
  ...['opacity', 'saturate', 'sepia'],
]);
