// Architecture rules (issue 9, DESIGN.md "Conventions" 1, 8, 12, 13) as a test, so `npm test` fails on a new
// violation with the rule's name and the offending files. The in-repo import graph comes from madge
// (dependency-cruiser 18 needs Node >= 22; we support Node 20), resolving `@/…` through tsconfig.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import ts from 'typescript';
import { beforeAll, describe, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const GRAPH_DIRS = ['app', 'components', 'lib', 'server', 'sandbox'];
const MAX_LINES = 250;
type Graph = Record<string, string[]>;

async function importGraph(skipTypeImports: boolean) {
  const result = await madge(
    GRAPH_DIRS.map((dir) => join(root, dir)),
    {
      baseDir: root,
      tsConfig: join(root, 'tsconfig.json'),
      fileExtensions: ['ts', 'tsx'],
      detectiveOptions: { ts: { skipTypeImports }, tsx: { skipTypeImports } },
    },
  );
  return { graph: result.obj(), cycles: result.circular(), skipped: result.warnings().skipped };
}

// Two graphs, because whether an `import type` counts depends on the rule:
// - values only, for cycles: a type-only import is erased at build time, so it cannot make modules load in
//   the wrong order, and types that refer to each other are normal; and for components → server, because
//   issue 9 item 7 asks client code to import the server's response types instead of copying them.
// - everything, for lib → server and for sandbox ↔ app: these rules are about which code may know about
//   which, not about what ends up in a bundle. lib/ is the shared core that server/ builds on, so even a
//   type from server/ in lib/ turns the layering around; the sandbox stands in for Coviu, so the app may not
//   lean on its types either (Coviu's wire types live in server/coviu/).
let values: Awaited<ReturnType<typeof importGraph>>;
let all: Awaited<ReturnType<typeof importGraph>>;

// Reading the whole import graph twice takes seconds, and over 20 s on a machine running other suites.
beforeAll(async () => {
  [values, all] = await Promise.all([importGraph(true), importGraph(false)]);
}, 120_000);

/** Fails with one line per violation, each starting with the rule's name. */
function check(rule: string, offending: string[]) {
  if (offending.length === 0) return;
  const lines = [...new Set(offending)].sort().map((o) => `${rule}: ${o}`);
  throw new Error(`${lines.length} violation(s) of ${rule}:\n${lines.join('\n')}`);
}

const under = (dir: string) => (file: string) => file.startsWith(`${dir}/`);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

function edges(graph: Graph, from: (f: string) => boolean, to: (f: string) => boolean) {
  return Object.entries(graph).flatMap(([file, deps]) =>
    from(file) ? deps.filter(to).map((dep) => `${file} → ${dep}`) : [],
  );
}

describe('architecture rules', () => {
  it('the import graph sees the whole tree and resolves every local import', () => {
    // Without this, a broken resolver (say, `@/…` no longer mapped) would drop edges and every rule would pass.
    const files = Object.keys(all.graph);
    const unresolved = all.skipped.filter((s) => s.startsWith('.') || s.startsWith('@/'));
    check('import-graph', [
      ...(files.length < 100 ? [`only ${files.length} files in the graph`] : []),
      ...GRAPH_DIRS.filter((dir) => !files.some(under(dir))).map((dir) => `no file under ${dir}/`),
      ...unresolved.map((s) => `cannot resolve ${s}`),
    ]);
  });

  // A cycle is reported under every folder it touches, so one that crosses folders is not lost.
  for (const dir of ['server', 'lib', 'components']) {
    it(`no-cycles-${dir}: no import cycle through ${dir}/`, () => {
      const cycles = values.cycles.filter((cycle) => cycle.some(under(dir)));
      check(
        `no-cycles-${dir}`,
        cycles.map((cycle) => [...cycle, cycle[0]].join(' → ')),
      );
    });
  }

  it('components-and-lib-never-import-server: only app/ (and tests) reach server/', () => {
    const valueEdges = new Set(edges(values.graph, under('lib'), under('server')));
    const libEdges = edges(all.graph, under('lib'), under('server'));
    check('components-and-lib-never-import-server', [
      ...edges(values.graph, under('components'), under('server')),
      ...libEdges.map((edge) => (valueEdges.has(edge) ? edge : `${edge} (type-only, still not allowed in lib/)`)),
    ]);
  });

  it('lib-is-isomorphic: lib/ imports no React, Next.js, react-query, Node built-ins or browser-only code', () => {
    const libFiles = Object.keys(all.graph).filter((f) => under('lib')(f) && !isTest(f));
    // Tests beside lib code run only in Vitest on Node and ship nowhere, so they may use node:fs and the like.
    check(
      'lib-is-isomorphic',
      libFiles.flatMap((file) => [
        ...forbiddenPackages(file).map((pkg) => `${file} → ${pkg}`),
        ...(isClientModule(file) ? [`${file} is a 'use client' module`] : []),
        ...browserGlobals(file).map((name) => `${file} uses the browser global ${name}`),
        ...(all.graph[file] ?? [])
          .filter((dep) => under('components')(dep) || isClientModule(dep))
          .map((dep) => `${file} → ${dep} (browser-only)`),
      ]),
    );
  });

  it('sandbox-and-app-independent: sandbox/ never imports app/ and app/ never imports sandbox/', () => {
    check('sandbox-and-app-independent', [
      ...edges(all.graph, under('sandbox'), under('app')),
      ...edges(all.graph, under('app'), under('sandbox')),
    ]);
  });

  it(`files-under-${MAX_LINES}-lines: no source file is longer than ${MAX_LINES} lines`, () => {
    check(
      `files-under-${MAX_LINES}-lines`,
      sourceFiles()
        .map((file) => ({ file, lines: lineCount(readFileSync(join(root, file), 'utf8')) }))
        .filter(({ lines }) => lines > MAX_LINES)
        .map(({ file, lines }) => `${file} has ${lines} lines`),
    );
  });
});

// --- lib-is-isomorphic -------------------------------------------------------------------------------------------
// Package imports are read from the source with TypeScript's own pre-processor, not from madge: madge drops
// npm packages unless `includeNpm`, and with it reports a package as whatever file TypeScript resolved (e.g.
// `../../main/node_modules/@types/react/index.d.ts`, which depends on how node_modules is installed) or skips
// it when unresolved. The specifier as written (`react`, `next/navigation`) is what the rule is about, and
// `ts.preProcessFile` reports every one: static, type-only, dynamic `import()`, `export … from`, `require`.
const FORBIDDEN_IN_LIB = /^(react|react-dom|next|@tanstack\/react-[\w-]+|server-only)(\/|$)/;
const BROWSER_GLOBALS = new Set(['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'EventSource']);

const sources = new Map<string, ts.SourceFile>();
function parse(file: string) {
  let source = sources.get(file);
  if (!source) {
    source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
    sources.set(file, source);
  }
  return source;
}

function forbiddenPackages(file: string) {
  const { importedFiles } = ts.preProcessFile(parse(file).text, true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((spec) => FORBIDDEN_IN_LIB.test(spec) || isBuiltin(spec));
}

/** A module whose directive prologue says 'use client' runs in the browser. */
function isClientModule(file: string) {
  if (!/\.(ts|tsx|js|mjs)$/.test(file)) return false;
  for (const statement of parse(file).statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === 'use client') return true;
  }
  return false;
}

/** Browser-only globals used (`window.x`, `new EventSource`, `: EventSource`); `typeof window` guards are fine. */
function browserGlobals(file: string) {
  const found = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const used =
        (ts.isPropertyAccessExpression(parent) && parent.expression === node) ||
        (ts.isElementAccessExpression(parent) && parent.expression === node) ||
        (ts.isCallExpression(parent) && parent.expression === node) ||
        (ts.isNewExpression(parent) && parent.expression === node) ||
        ts.isTypeReferenceNode(parent);
      if (used) found.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return [...found];
}

// --- files-under-250-lines ---------------------------------------------------------------------------------------
// Tests count: they are source we read and keep. Generated files do not: drizzle's migrations and snapshots, the
// harvested Coviu reference, next-env.d.ts (none is .ts/.js today; listed so that stays true if one becomes so).
const LINE_DIRS = ['app', 'components', 'lib', 'server', 'sandbox', 'e2e', 'bench', 'scripts', 'test', 'types'];
const GENERATED = [/^server\/db\/migrations\//, /^sandbox\/reference\//, /^next-env\.d\.ts$/];
const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

function sourceFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
      return [path];
    });
  const topLevel = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
  const dirs = LINE_DIRS.filter((dir) => existsSync(join(root, dir)));
  return [...topLevel, ...dirs.flatMap(walk)].filter(
    (file) => SOURCE.test(file) && !GENERATED.some((generated) => generated.test(file)),
  );
}

/** As `wc -l` counts them, plus a last line without a newline. */
function lineCount(text: string) {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}
