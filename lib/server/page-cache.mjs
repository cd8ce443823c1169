// Keeps the compressed bytes of prerendered pages, so that the server gzips each one once
// instead of on every request. Next compresses every response as it sends it: for a long
// article that is most of the work of answering (see npm run bench).
//
// It behaves like a shared HTTP cache in front of Next: only responses that say they may be
// shared (200, an ETag, Cache-Control "public", no cookie) are kept, and a kept response is
// only replayed to a request that agrees on every header its Vary names (RSC, prefetch and
// Accept-Encoding). Conditional, ranged and non-GET requests always go to Next.

/** Entries kept at most; the oldest goes first. Enough for every page of a large site. */
const MAX_ENTRIES = 5000;
/** A bigger body is not worth holding in memory. */
const MAX_BODY_BYTES = 2_000_000;
/** Headers of the connection, not of the page: Node writes its own. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

/** Whether Next's answer to this request may be replayed to others (or taken from the cache). */
function cacheableRequest(req) {
  return req.method === "GET" && !req.headers.range && !req.headers["if-none-match"] && !req.headers["if-modified-since"];
}

function cacheableResponse(res, body) {
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  return (
    res.statusCode === 200 &&
    res.getHeader("etag") !== undefined &&
    /\bpublic\b/.test(cacheControl) &&
    !/\b(private|no-store|no-cache)\b/.test(cacheControl) &&
    res.getHeader("set-cookie") === undefined &&
    body.length <= MAX_BODY_BYTES
  );
}

/** The request headers named by a Vary header, lower case; undefined for "Vary: *". */
function varyNames(vary) {
  const names = String(vary ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  return names.includes("*") ? undefined : names;
}

const variantKey = (req, names) => names.map((name) => String(req.headers[name] ?? "")).join("\n");

export function createPageCache({ maxEntries = MAX_ENTRIES } = {}) {
  /** URL -> { names: the request headers its Vary lists, variants: key -> { headers, body } } */
  const pages = new Map();
  let entries = 0;
  const stats = { hits: 0, stored: 0 };

  function lookup(req) {
    const page = pages.get(req.url);
    return page?.variants.get(variantKey(req, page.names));
  }

  function store(req, res, body) {
    const names = varyNames(res.getHeader("vary"));
    if (!names) return;
    while (entries >= maxEntries) {
      const [oldestUrl, oldest] = pages.entries().next().value;
      entries -= oldest.variants.size;
      pages.delete(oldestUrl);
    }
    const headers = Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !HOP_BY_HOP.has(name)));
    const page = pages.get(req.url) ?? { names, variants: new Map() };
    // Another deploy's Vary would make the old keys meaningless; start the page again.
    if (page.names.join() !== names.join()) {
      entries -= page.variants.size;
      page.names = names;
      page.variants = new Map();
    }
    const key = variantKey(req, names);
    if (!page.variants.has(key)) entries++;
    page.variants.set(key, { headers, body });
    pages.set(req.url, page);
    stats.stored++;
  }

  /** Copies what Next sends (after its compression) and keeps it if it may be shared. */
  function record(req, res) {
    const chunks = [];
    let size = 0;
    const keep = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_BODY_BYTES) return;
      const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk);
      chunks.push(buffer);
      size += buffer.length;
    };
    const write = res.write;
    const end = res.end;
    res.write = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    res.end = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      const body = Buffer.concat(chunks);
      if (cacheableResponse(res, body)) store(req, res, body);
      return end.call(this, chunk, encoding, callback);
    };
  }

  return {
    stats,
    get size() {
      return entries;
    },
    /**
     * Answers the request from the cache and returns true, or arranges for Next's answer to
     * be kept and returns false (the caller then passes the request to Next).
     */
    handle(req, res) {
      if (!cacheableRequest(req)) return false;
      const hit = lookup(req);
      if (!hit) {
        record(req, res);
        return false;
      }
      stats.hits++;
      res.writeHead(200, { ...hit.headers, "content-length": hit.body.length });
      res.end(hit.body);
      return true;
    },
  };
}
