// The stylesheet of the server's own pages: calm, readable, light and dark, no web fonts.
export const PAGE_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #fbfaf8; --card: #ffffff; --line: #e3e0da; --accent: #2f6f73; --code: #f2efea; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e3de; --muted: #a9a39a; --bg: #171615; --card: #201f1d; --line: #3a3733; --accent: #7cc4c7; --code: #2a2826; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1 { font-size: 1.75rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 1rem; padding-top: 1rem; border-top: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0 0 .35rem; }
p, li { max-width: 46rem; }
.lead { color: var(--muted); font-size: 1.05rem; }
a { color: var(--accent); }
a:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
code, pre { font: .9em/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--code); border-radius: 4px; }
code { padding: .1em .3em; }
pre { padding: .75rem 1rem; overflow-x: auto; }
.op { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.25rem; margin: 0 0 1rem; }
.method { display: inline-block; min-width: 4.2rem; font-weight: 700; font-size: .8rem; letter-spacing: .04em; text-transform: uppercase; color: var(--accent); }
.path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-weight: 600; word-break: break-all; }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem; border-bottom: 1px solid var(--line); }
th { font-weight: 600; color: var(--muted); }
nav ul { list-style: none; padding: 0; columns: 2 16rem; }
nav li { margin: .15rem 0; }
dl.schema { margin: .25rem 0 .75rem; }
dl.schema dt { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9rem; }
dl.schema dd { margin: 0 0 .4rem 1.25rem; color: var(--muted); }
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto; } }
`;
