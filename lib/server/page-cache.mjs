// Keeps the compressed bytes of prerendered pages, so that the server gzips each one once
// instead of on every request. Next compresses every response as it sends it: for a long
// article that is most of the work of answering (see npm run bench).
//
// It behaves like a shared HTTP cache in front of Next: only responses that say they may be
// shared (200, an ETag, Cache-Control "public", no cookie) are kept, and a kept response is
// only replayed to a request that agrees on every header its Vary names (RSC, prefetch and
// Accept-Encoding). Conditional, ranged, non-GET and query-string requests always go to Next.

/** Entries and bytes kept at most; the oldest page goes first. Enough for every page of a large site. */
const MAX_ENTRIES = 5000;
const MAX_TOTAL_BYTES = 128_000_000;
/** A bigger body is not worth holding in memory. */
const MAX_BODY_BYTES = 2_000_000;
/** Headers of the connection, not of the page: Node writes its own. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

/**
 * Whether Next's answer to this request may be replayed to others (or taken from the cache).
 * Not with a query string: anyone can make endless variants of one page that way, pushing
 * the real pages out (Next still answers them, from its own copy).
 */
function cacheableRequest(req) {
  return req.method === "GET" && !req.url?.includes("?") && !req.headers.range && !req.headers["if-none-match"] && !req.headers["if-modified-since"];
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

export function createPageCache({ maxEntries = MAX_ENTRIES, maxBytes = MAX_TOTAL_BYTES } = {}) {
  /** URL -> { names: the request headers its Vary lists, variants: key -> { headers, body } }, oldest first. */
  const pages = new Map();
  let entries = 0;
  let bytes = 0;
  const stats = { hits: 0, stored: 0 };
  const pageBytes = (page) => [...page.variants.values()].reduce((total, variant) => total + variant.body.length, 0);

  function forget(url) {
    const page = pages.get(url);
    if (!page) return;
    entries -= page.variants.size;
    bytes -= pageBytes(page);
    pages.delete(url);
  }

  /** Adds a page as the newest, dropping the oldest ones until it fits (or leaves it out if it cannot). */
  function remember(url, page) {
    const size = pageBytes(page);
    const fits = () => entries + page.variants.size <= maxEntries && bytes + size <= maxBytes;
    while (pages.size > 0 && !fits()) forget(pages.keys().next().value);
    if (!fits()) return;
    pages.set(url, page);
    entries += page.variants.size;
    bytes += size;
    stats.stored++;
  }

  function lookup(req) {
    const page = pages.get(req.url);
    return page?.variants.get(variantKey(req, page.names));
  }

  function store(req, res, body) {
    const names = varyNames(res.getHeader("vary"));
    if (!names) return;
    const headers = Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !HOP_BY_HOP.has(name)));
    const old = pages.get(req.url);
    forget(req.url);
    // A page whose Vary changed keeps no old copies: their keys would mean something else.
    const variants = old && old.names.join() === names.join() ? old.variants : new Map();
    variants.set(variantKey(req, names), { headers, body });
    remember(req.url, { names, variants });
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
      // A reader who left mid-page may leave a cut-short body behind: keep only whole answers.
      if (!res.destroyed && !res.socket?.destroyed && cacheableResponse(res, body)) store(req, res, body);
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
