/**
 * The e-mail's styles, written once as a stylesheet and inlined on each element
 * by juice (src/lib/email/html.ts): mail programs drop `<style>` or part of it,
 * Gmail and Outlook keep `style=""`. The message is 600 px wide at most and
 * as wide as the screen below, with no media query, so nothing depends on a
 * `<style>` a program may drop: its tables have no width, only `max-width: 600px`
 * (a table's `max-width: 100%` inside a cell is never applied). No width, because
 * a coordinator copies the message from a browser: Chromium then writes each
 * width as the pixels it measured (`width: 100%` became `width: 1280px`, wider
 * than any phone), and leaves alone what was not written. Outlook's Word engine,
 * which ignores `max-width`, shows the message as wide as its window. The colours are the site's (src/styles/global.css),
 * written out: mail programs do not resolve custom properties.
 */
const FONT = "-apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
const TEXT = '#1e1e1e';
const MUTED = '#4a4a4a';
const ACCENT = '#1f3c88';
const BG_ALT = '#f4f5f8';
const BORDER = '#c8ccd6';

export const EMAIL_CSS = `
body { margin: 0; padding: 0; background-color: ${BG_ALT}; color: ${TEXT}; font-family: ${FONT}; font-size: 16px; line-height: 1.5; -webkit-text-size-adjust: 100%; }
table { border-collapse: collapse; border-spacing: 0; }
td { padding: 0; }
.outer { margin: 0 auto; background-color: ${BG_ALT}; }
.outer-cell { padding: 16px 8px; }
.container { max-width: 600px; margin: 0 auto; background-color: #ffffff; border: 1px solid ${BORDER}; }
.masthead { padding: 24px 24px 8px; border-top: 6px solid ${ACCENT}; }
.content { padding: 8px 24px 16px; }
.footer { padding: 16px 24px 24px; background-color: ${BG_ALT}; border-top: 1px solid ${BORDER}; }
.kicker { margin: 0 0 8px; color: ${MUTED}; font-family: ${FONT}; font-size: 14px; line-height: 1.4; }
h1 { margin: 0 0 8px; color: ${TEXT}; font-family: ${FONT}; font-size: 24px; line-height: 1.25; font-weight: bold; }
h2 { margin: 24px 0 8px; color: ${ACCENT}; font-family: ${FONT}; font-size: 20px; line-height: 1.3; font-weight: bold; }
h3 { margin: 16px 0 8px; color: ${TEXT}; font-family: ${FONT}; font-size: 17px; line-height: 1.3; font-weight: bold; }
p { margin: 0 0 16px; color: ${TEXT}; font-family: ${FONT}; font-size: 16px; line-height: 1.5; }
ul, ol { margin: 0 0 16px; padding: 0 0 0 24px; color: ${TEXT}; font-family: ${FONT}; font-size: 16px; line-height: 1.5; }
li { margin: 0 0 8px; }
a { color: ${ACCENT}; text-decoration: underline; word-break: break-word; }
code { font-family: Consolas, 'Liberation Mono', Menlo, monospace; font-size: 15px; }
img { max-width: 100%; height: auto; border: 0; }
blockquote { margin: 0 0 16px; padding: 0 0 0 16px; border-left: 4px solid ${BORDER}; }
hr { margin: 24px 0; border: 0; border-top: 1px solid ${BORDER}; }
.item-line { color: ${MUTED}; font-size: 15px; }
.button { margin: 8px 0 16px; border-collapse: separate; }
.button-cell { border-radius: 6px; background-color: ${ACCENT}; }
.button-link { display: inline-block; padding: 12px 20px; color: #ffffff; font-family: ${FONT}; font-size: 16px; font-weight: bold; text-decoration: none; }
.footer p { margin: 0 0 8px; color: ${MUTED}; font-size: 14px; line-height: 1.5; }
.footer a { color: ${ACCENT}; }
`;
