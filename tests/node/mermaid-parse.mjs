// Parse Mermaid diagrams with the real mermaid package and print what it
// understood, for tests/test_render_mermaid.py.
//   stdin:  a JSON list of diagram texts
//   stdout: a JSON list of {ok, error} or {ok, title, accDescr, sections, tasks}
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

// Mermaid keeps entity codes (#59;) as placeholders until it draws; decode
// them the way it does, so the text is what a reader would see.
const decode = (s) => (s ?? '')
  .replace(/ﬂ°°(\d+)¶ß/g, (_, n) => String.fromCodePoint(Number(n)))
  .replace(/ﬂ°(\w+)¶ß/g, (_, name) => {
    const el = document.createElement('textarea');
    el.innerHTML = `&${name};`;
    return el.value;
  });

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const diagrams = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const results = [];
for (const text of diagrams) {
  try {
    await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    results.push({
      ok: true,
      type: diagram.type,
      title: decode(db.getDiagramTitle()),
      accDescr: decode(db.getAccDescription()),
      sections: db.getSections().map(decode),
      tasks: db.getTasks().map((t) => [decode(t.section), decode(t.task), t.score, t.people.map(decode)]),
    });
  } catch (error) {
    results.push({ ok: false, error: String(error?.message ?? error).split('\n').slice(0, 3).join(' ') });
  }
}
process.stdout.write(JSON.stringify(results));
