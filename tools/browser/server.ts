/**
 * A static server on 127.0.0.1 (random free port) for the real-browser tests and the demo. It
 * serves the five articles as news pages, an index page, fixture files, and any custom routes a
 * test adds (with its own headers, e.g. a strict Content-Security-Policy). It logs every request
 * so a test can count them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

import { ROOT } from './harness';
import { loadNewsArticles, renderIndexPage, renderNewsPage, type NewsArticle } from './news-page';

/** What a route answers. `body` strings are sent as UTF-8. */
export interface RouteResponse {
  status?: number;
  /** Defaults to `text/html; charset=utf-8`. */
  contentType?: string;
  headers?: Record<string, string>;
  body: string | Buffer;
}

/** A fixed response, or a function of the request (called for every hit). */
export type Route = RouteResponse | ((req: IncomingMessage) => RouteResponse | Promise<RouteResponse>);

export interface ServerOptions {
  /** Extra routes by exact path (`/csp.html`); they win over the built-in ones. */
  routes?: Record<string, Route>;
  /** Repository root to read data/ and tests/e2e/fixtures/ from; defaults to this checkout. */
  rootDir?: string;
  /**
   * Serve https with the self-signed test certificate in tools/browser/tls/ (for `news.test`,
   * `*.test` and 127.0.0.1), as a site whose certificate the browser does not trust.
   */
  tls?: boolean;
}

export interface LoggedRequest {
  method: string;
  /** Path and query as requested. */
  url: string;
  headers: IncomingMessage['headers'];
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` (`https://` with `tls`) */
  origin: string;
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /**
   * The same path under a real-looking hostname over plain http (`http://news.test:<port>/…`): the
   * browser maps `*.test` to 127.0.0.1 (see harness chromiumArgs), and unlike 127.0.0.1 such a page
   * is not a secure context.
   */
  hostUrl(host: string, path: string): string;
  /** The article pages served, in file order (`/articles/<id>.html`). */
  articles: NewsArticle[];
  /** URL of an article page by dataset id or by file number (`000` … `004`). */
  articleUrl(idOrNumber: string): string;
  /** Adds or replaces a route while the server runs. */
  route(path: string, route: Route): void;
  /** Every request received so far, oldest first. */
  requests: LoggedRequest[];
  /** How many requests hit this path (query ignored). */
  hits(path: string): number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** Starts the server and resolves once it listens. */
export async function startServer(opts: ServerOptions = {}): Promise<TestServer> {
  const root = opts.rootDir ?? ROOT;
  const articles = loadNewsArticles(root);
  const routes = new Map<string, Route>();
  const articlePath = (a: NewsArticle): string => `/articles/${a.id}.html`;
  routes.set('/', { body: renderIndexPage(articles, articlePath) });
  for (const a of articles) {
    const html = { body: renderNewsPage(a) };
    routes.set(articlePath(a), html);
    routes.set(`/articles/${a.number}.html`, html);
  }
  routes.set('/favicon.ico', { status: 204, body: '' });
  for (const [path, route] of Object.entries(opts.routes ?? {})) routes.set(path, route);

  const fixturesDir = join(root, 'tests/e2e/fixtures');
  const requests: LoggedRequest[] = [];

  const handler: RequestListener = (req, res) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
    void (async () => {
      const path = pathOf(req.url ?? '/');
      if (path === null) {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('bad request path');
        return;
      }
      const route = routes.get(path);
      const response: RouteResponse | undefined = route
        ? typeof route === 'function'
          ? await route(req)
          : route
        : fixture(fixturesDir, path);
      const answer = response ?? { status: 404, contentType: 'text/plain; charset=utf-8', body: `not found: ${path}` };
      res.writeHead(answer.status ?? 200, {
        'content-type': answer.contentType ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...answer.headers,
      });
      res.end(req.method === 'HEAD' ? undefined : answer.body);
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  };
  const tlsDir = join(ROOT, 'tools/browser/tls');
  const server = opts.tls
    ? createHttpsServer({ key: readFileSync(join(tlsDir, 'key.pem')), cert: readFileSync(join(tlsDir, 'cert.pem')) }, handler)
    : createServer(handler);
  const scheme = opts.tls ? 'https' : 'http';

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `${scheme}://127.0.0.1:${port}`;
  const url = (path: string): string => new URL(path, origin).href;

  return {
    origin,
    url,
    hostUrl: (host, path) => new URL(path, `${scheme}://${host}:${port}`).href,
    articles,
    articleUrl(idOrNumber) {
      const a = articles.find((x) => x.id === idOrNumber || x.number === idOrNumber);
      if (!a) throw new Error(`no article "${idOrNumber}" (have: ${articles.map((x) => `${x.number}=${x.id}`).join(', ')})`);
      return url(articlePath(a));
    },
    route: (path, route) => void routes.set(path, route),
    requests,
    hits: (path) => requests.filter((r) => pathOf(r.url) === path).length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The decoded path of a request URL; null when it is not valid percent-encoding. */
function pathOf(url: string): string | null {
  try {
    return decodeURIComponent(new URL(url, 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
}

/** Files under tests/e2e/fixtures/ at /fixtures/…; never anything outside that folder. */
function fixture(dir: string, path: string): RouteResponse | undefined {
  if (!path.startsWith('/fixtures/')) return undefined;
  const file = normalize(join(dir, path.slice('/fixtures/'.length)));
  if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return {
    contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    body: readFileSync(file),
  };
}
