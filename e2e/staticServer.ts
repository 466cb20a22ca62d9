/**
 * A tiny static server for the built site (dist/) under a sub-path, e.g. /nested/podplay/, to show
 * that the build does not assume the site root. Only GET of files inside dist/; 404 otherwise.
 */
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

export interface StaticSite {
  /** The site's address, ending in the sub-path and a slash. */
  url: string
  close(): Promise<void>
}

export async function serveDist(subPath: string, root = resolve('dist')): Promise<StaticSite> {
  const prefix = `/${subPath.replace(/^\/+|\/+$/g, '')}/`
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (req.method !== 'GET' || !path.startsWith(prefix)) {
      res.writeHead(404).end()
      return
    }
    const rel = normalize(path.slice(prefix.length) || 'index.html')
    const file = join(root, rel)
    if (!file.startsWith(root)) {
      res.writeHead(404).end()
      return
    }
    try {
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  }
}
