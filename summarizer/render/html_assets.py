"""The style and script that every HTML report carries inline (see `render_html`).

Both are constants: the page's Content-Security-Policy allows the script by its hash, so the
script must be byte for byte what is hashed, and nothing from an article is ever put into it.
System fonts only, so the page looks the same offline and asks for nothing."""

STYLE = """
:root {
  --ink: #1f2933; --muted: #616e7c; --faint: #9aa5b1; --paper: #fbfaf8; --panel: #f1efea;
  --card: #ffffff; --line: #e4e0d8; --link: #1d4f91;
  --mark: rgba(250, 204, 21, .20); --mark2: rgba(250, 204, 21, .34); --mark3: rgba(250, 204, 21, .48);
  --hot: #ffc94d; --hot-ring: #e0a100;
  --differ: #b42318; --differ-bg: #fef3f2; --agree: #1b7a4a;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  --serif: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "DejaVu Serif", serif;
}
* { box-sizing: border-box; }
html, body { margin: 0; }
body { font: 16px/1.6 var(--sans); color: var(--ink); background: var(--paper);
  -webkit-font-smoothing: antialiased; text-rendering: optimizeLegibility; }
.layout { display: grid; grid-template-columns: minmax(0, 11fr) minmax(0, 10fr); height: 100vh; }
.note, .sources { height: 100vh; overflow-y: auto; scroll-padding: 4rem; }
.note { padding: 2.75rem clamp(1.25rem, 4vw, 3.5rem) 4rem; }
.note > * { max-width: 40rem; margin-left: auto; margin-right: auto; }
.sources { background: var(--panel); border-left: 1px solid var(--line);
  padding: 0 clamp(1rem, 2.5vw, 2rem) 4rem; }  /* no top padding: sticky source headers stick at the very top */

.masthead { border-bottom: 3px double var(--line); padding-bottom: 1.1rem; margin-bottom: .5rem; }
.kicker, .pane-title, h2 { font-size: .72rem; font-weight: 700; letter-spacing: .12em; text-transform: uppercase;
  color: var(--muted); }
.kicker { margin: 0 0 .4rem; }
h1 { font: 700 clamp(1.6rem, 2.6vw, 2.15rem)/1.2 var(--serif); letter-spacing: -.01em; margin: 0; }
section { margin-top: 2rem; }
h2 { margin: 0 0 .75rem; display: flex; align-items: center; gap: .75rem; }
h2::after { content: ""; flex: 1; border-top: 1px solid var(--line); }
.pane-title { margin: 0 auto; padding: 1.75rem 0 1rem; max-width: 44rem; }
ul, ol { margin: 0; padding-left: 1.2rem; }
li { margin: .35rem 0; }
li::marker { color: var(--faint); }

.summary { font: 1.09rem/1.7 var(--serif); margin: 0; }
.summary a.item { text-decoration-color: rgba(29, 79, 145, .18); }
a.item { color: inherit; text-decoration: underline; text-decoration-color: rgba(29, 79, 145, .3);
  text-decoration-thickness: 1px; text-underline-offset: .22em; border-radius: 2px;
  transition: background-color .15s, box-shadow .15s; }
a.item:hover, a.item:focus-visible { background: var(--mark2); text-decoration-color: var(--link); outline: none; }
a.item.active { background: var(--hot); box-shadow: 0 0 0 2px var(--hot); text-decoration-color: transparent; }
.unlinked { color: var(--muted); }

.badge { display: inline-block; margin-left: .3rem; padding: .12rem .36rem; border-radius: 999px;
  font: 700 .66rem/1.2 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
  letter-spacing: .03em; color: #fff; background: var(--c, #616e7c); text-decoration: none;
  vertical-align: .12em; white-space: nowrap; }
a.badge:hover, a.badge:focus-visible { filter: brightness(1.15); outline: 2px solid var(--c); outline-offset: 1px; }
a.badge.active { outline: 2px solid var(--hot-ring); outline-offset: 1px; }
.badge.unknown { background: var(--faint); }
.c1 { --c: #2563a8; } .c2 { --c: #b4532a; } .c3 { --c: #1f7a57; }
.c4 { --c: #7047b0; } .c5 { --c: #a3306b; } .c6 { --c: #5b6a1f; }

.chip { display: inline-block; font-size: .7rem; font-weight: 600; color: var(--muted); background: var(--panel);
  border: 1px solid var(--line); border-radius: 999px; padding: 0 .5rem; vertical-align: .1em; }
.chip.agree { color: var(--agree); border-color: #b7e1cb; background: #effaf4; }
.chip.differ { color: var(--differ); border-color: #f6c9c4; background: var(--differ-bg); }

.source-list { padding-left: 1.4rem; }
.source-list .meta { display: block; font-size: .84rem; color: var(--muted); }
.source-link { color: var(--link); text-decoration: none; font-weight: 600; }
.source-link:hover { text-decoration: underline; }
.people > li { margin: .65rem 0; }
.roles { list-style: none; padding-left: 0; margin: .15rem 0 0; font-size: .93rem; color: #3e4c59; }
.roles li { margin: .1rem 0; }
.roles li::before { content: "– "; color: var(--faint); }
.aliases { margin: .15rem 0 0; font-size: .85rem; color: var(--muted); }

.numbers { display: grid; gap: .75rem; }
.group { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .8rem 1rem; }
.group.differ { border-color: #f3b8b1; box-shadow: inset 4px 0 0 var(--differ); }
.group { position: relative; }
.group h3 { margin: 0; padding-right: 7rem; font-size: .95rem; font-weight: 600; }
.group > .chip { position: absolute; top: .85rem; right: 1rem; }
.values { list-style: none; padding: 0; margin: .35rem 0 0; display: flex; flex-wrap: wrap; gap: .25rem 1.4rem; }
.values li { margin: 0; }
.figure { font-weight: 700; font-size: 1.12rem; font-variant-numeric: tabular-nums; }
.unit { font-weight: 500; font-size: .9rem; color: var(--muted); }
.measures { font-size: .84rem; color: var(--muted); }
.callout { margin: .55rem 0 .2rem; padding: .5rem .75rem; border-radius: 8px; background: var(--differ-bg);
  color: #7a271a; font-size: .9rem; border: 1px solid #fbd3ce; }
.callout strong { display: block; color: var(--differ); font-size: .72rem; letter-spacing: .08em;
  text-transform: uppercase; }
.group-note { margin: .4rem 0 0; font-size: .88rem; color: var(--muted); }

.quotes { list-style: none; padding: 0; }
.quote { margin: .9rem 0; padding: .1rem 0 .1rem 1rem; border-left: 3px solid var(--line); }
.quote blockquote { margin: 0; font: italic 1.05rem/1.6 var(--serif); }
.quote figcaption { margin-top: .25rem; font-size: .88rem; color: var(--muted); }
.speaker { font-weight: 600; color: var(--ink); }

.dropped li, .notes li { font-size: .92rem; color: #3e4c59; }
.dropped q { font-style: italic; }
.reason { display: block; font-size: .84rem; color: var(--muted); }

.source { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 1px 2px rgba(31, 41, 51, .05), 0 6px 18px rgba(31, 41, 51, .05);
  margin: 0 auto 1.5rem; max-width: 44rem; }
.source-head { position: sticky; top: 0; z-index: 1; display: grid; grid-template-columns: auto 1fr;
  column-gap: .65rem; align-items: baseline; padding: .85rem 1.4rem .75rem; background: var(--card);
  border-top: 4px solid var(--c); border-bottom: 1px solid var(--line); border-radius: 10px 10px 0 0; }
.source-head .badge { margin: 0; font-size: .72rem; }
.source-head h3 { margin: 0; font: 700 1.12rem/1.3 var(--serif); }
.source-head .meta { grid-column: 2; margin: .2rem 0 0; font-size: .82rem; color: var(--muted); }
.text { padding: 1rem 1.4rem 1.4rem; font: 1rem/1.75 var(--serif); white-space: pre-wrap;
  overflow-wrap: anywhere; color: #27323d; }

mark.span { color: inherit; background: var(--mark); border-radius: 2px; cursor: pointer;
  transition: background-color .15s, box-shadow .15s; }
mark.span.d2 { background: var(--mark2); }
mark.span.d3 { background: var(--mark3); }
mark.span:target { background: var(--hot); box-shadow: 0 0 0 2px var(--hot-ring); }
mark.span.active { background: var(--hot); box-shadow: 0 0 0 2px var(--hot), 0 3px 0 1px var(--hot-ring);
  animation: found .6s ease-out; }
@keyframes found { from { box-shadow: 0 0 0 7px rgba(255, 201, 77, .55); } }

@media (max-width: 900px) {
  .layout { display: block; height: auto; }
  .note, .sources { height: auto; overflow: visible; }
  .sources { border-left: 0; border-top: 1px solid var(--line); }
}
@media print {
  .layout { display: block; height: auto; }
  .note, .sources { height: auto; overflow: visible; }
}
@media (prefers-reduced-motion: reduce) { * { transition: none !important; scroll-behavior: auto !important; } }
"""

# Clicking a note item (or one of its source badges) lights every span of that item in every
# source and scrolls to the linked one; clicking a marked span lights its item in the note,
# cycling through the items when spans overlap. Without the script, the links still jump to the
# span and `:target` highlights it.
SCRIPT = """
(function () {
  "use strict";
  var lit = [];
  var current = null;
  function light(item) {
    lit.forEach(function (el) { el.classList.remove("active"); });
    lit = Array.prototype.slice.call(document.querySelectorAll(
      'mark[data-items~="' + item + '"], a[data-item="' + item + '"]'));
    lit.forEach(function (el) { el.classList.add("active"); });
    current = item;
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-item]");
    if (link) {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      light(link.getAttribute("data-item"));
      if (target) {
        event.preventDefault();
        target.scrollIntoView({block: "center"});
      }
      return;
    }
    var mark = event.target.closest("mark[data-items]");
    if (mark) {
      var items = mark.getAttribute("data-items").split(" ");
      light(items[(items.indexOf(current) + 1) % items.length]);
      var back = document.querySelector('.note a.item[data-item="' + current + '"]');
      if (back) { back.scrollIntoView({block: "center"}); }
    }
  });
})();
"""
