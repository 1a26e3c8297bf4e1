// The Content-Security-Policy every response carries (issue 15 item 4, ADR 027). The web app is
// a Vite build: its scripts are files from this origin and it has no inline script, so scripts
// are 'self' only. antd's CSS-in-JS writes <style> elements at run time, hence the one
// relaxation, 'unsafe-inline' for styles (a nonce would need server-rendered HTML). Images may
// be data: or blob: URLs (upload previews, antd's icons); nothing may frame the app, plugins
// are off, and a form or <base> cannot point elsewhere.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')
