// The transform that takes the framework's JavaScript out of pages (server/framework-js.ts), on
// markup the way Next.js 16 writes it, and on what a later version might write instead.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  frameworkLeftovers,
  isAllowedScript,
  stripBuildOutput,
  stripFrameworkJsFromResponse,
  withoutFrameworkJs,
} from "@/server/framework-js";

// Abbreviated from a page of `next build` (Next.js 16.4, Turbopack).
const NEXT_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/44p61jcvh_4ce.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>' +
  '<script src="/_next/static/chunks/0vm8zo6v48m9c.js" async=""></script><script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>' +
  '<link rel="preload" href="/print-origin.css" as="style" media="print"/>' +
  '<script type="module" src="/site.js?v=0123456789ab"></script>' +
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>' +
  '<title>Microneedling, explained</title></head><body><main id="main"><h1>Title</h1>' +
  '<script type="application/ld+json">{"@context":"https://schema.org","name":"a \\u003c/script> b"}</script>' +
  "<!--$--><p>Text</p><!--/$--></main>" +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/310vm2bl3xxpt.js"]});</script>' +
  '<script src="/_next/static/chunks/310vm2bl3xxpt.js" async=""></script>' +
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[1,[],\\"\\u003cscript\\u003e\\"]"])</script>' +
  "</body></html>";

describe("withoutFrameworkJs", () => {
  it("takes out Next's chunks, its inline data and its script preloads, and keeps the rest", () => {
    const { html, removed } = withoutFrameworkJs(NEXT_PAGE);
    expect(removed).toBe(8);
    expect(html).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
        '<link rel="stylesheet" href="/_next/static/chunks/44p61jcvh_4ce.css" data-precedence="next"/>' +
        '<link rel="preload" href="/print-origin.css" as="style" media="print"/>' +
        '<script type="module" src="/site.js?v=0123456789ab"></script>' +
        '<title>Microneedling, explained</title></head><body><main id="main"><h1>Title</h1>' +
        '<script type="application/ld+json">{"@context":"https://schema.org","name":"a \\u003c/script> b"}</script>' +
        "<!--$--><p>Text</p><!--/$--></main></body></html>",
    );
    expect(frameworkLeftovers(html)).toEqual([]);
  });

  it("changes nothing in a page that has nothing to take out", () => {
    const once = withoutFrameworkJs(NEXT_PAGE).html;
    expect(withoutFrameworkJs(once)).toEqual({ html: once, removed: 0 });
  });

  it("takes out any other script a later Next.js might add: modules, import maps, other attributes", () => {
    const page =
      '<head><script type="module" src="/_next/static/app.mjs"></script><script type="importmap">{}</script><SCRIPT SRC=/other.js></SCRIPT><link rel="modulepreload" href="/_next/x.js"></head>';
    expect(withoutFrameworkJs(page)).toEqual({ html: "<head></head>", removed: 4 });
  });
});

describe("isAllowedScript", () => {
  it("allows JSON-LD data and the site's own script, nothing else", () => {
    expect(isAllowedScript(' type="application/ld+json"', "{}")).toBe(true);
    expect(isAllowedScript(' type="module" src="/site.js?v=1"')).toBe(true);
    expect(isAllowedScript(' src="/site.js"')).toBe(true);
    expect(isAllowedScript(' src="/site.js"', "alert(1)")).toBe(false);
    expect(isAllowedScript(' src="/site.js.evil"')).toBe(false);
    expect(isAllowedScript(' src="https://elsewhere.example/site.js"')).toBe(false);
    expect(isAllowedScript(' type="application/ld+json" src="/x.js"')).toBe(false);
    expect(isAllowedScript("", "self.__next_f=[]")).toBe(false);
  });
});

describe("frameworkLeftovers", () => {
  it("names what would leave a reader without JavaScript an incomplete page", () => {
    expect(
      frameworkLeftovers(
        '<main><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--></main><div hidden id="S:0"><p>Text</p></div>',
      ),
    ).toEqual([
      "a Suspense boundary the client would have to finish (<!--$?--> or <!--$!-->)",
      "content streamed out of order, which a script would put in place",
    ]);
    expect(frameworkLeftovers('<html id="__next_error__"><body></body></html>')).toEqual([
      "the framework's client-rendered error page",
    ]);
    expect(frameworkLeftovers(NEXT_PAGE).length).toBeGreaterThan(3);
  });

  it("lets a page's text mention the framework's files and names", () => {
    expect(
      frameworkLeftovers(
        "<main><p>Next.js keeps its code in /_next/static/chunks/app.js and its data in self.__next_f.</p></main>",
      ),
    ).toEqual([]);
  });
});

describe("stripBuildOutput", () => {
  // What Next writes for a static page that called notFound() while prerendering: an empty shell.
  const SHELL =
    '<!DOCTYPE html><html id="__next_error__"><head><title>Page not found</title></head><body><div hidden=""><!--$--><!--/$--></div><script>self.__next_f.push([1,""])</script></body></html>';

  function build(files: Record<string, string>, run: (dir: string) => void) {
    const dir = mkdtempSync(join(tmpdir(), "framework-js-"));
    try {
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("strips every page, and gives a page that called notFound() the prerendered 404 page", () => {
    build(
      {
        "index.html": NEXT_PAGE,
        "_not-found.html": NEXT_PAGE.replace("<h1>Title</h1>", "<h1>Page not found</h1>"),
        "glossary.html": SHELL,
        "glossary.meta": '{"status":404}',
      },
      (dir) => {
        expect(stripBuildOutput(dir).pages).toBe(3);
        expect(readFileSync(join(dir, "index.html"), "utf8")).toBe(withoutFrameworkJs(NEXT_PAGE).html);
        expect(readFileSync(join(dir, "glossary.html"), "utf8")).toBe(
          readFileSync(join(dir, "_not-found.html"), "utf8"),
        );
      },
    );
  });

  it("fails, naming the page, when a page would still need the framework's JavaScript, or there is no home page", () => {
    build({ "index.html": NEXT_PAGE, "broken.html": SHELL }, (dir) =>
      expect(() => stripBuildOutput(dir)).toThrow(/broken\.html: the framework's client-rendered error page/),
    );
    build({ "about.html": NEXT_PAGE }, (dir) =>
      expect(() => stripBuildOutput(dir)).toThrow(/no prerendered home page/),
    );
  });
});

describe("stripFrameworkJsFromResponse", () => {
  /** A server that answers as Next does (headers set one by one, a streamed body, gzip when asked), behind the transform. */
  async function serve(
    respond: (res: ServerResponse) => void,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
    const server = createServer((_, res) => {
      stripFrameworkJsFromResponse(res);
      respond(res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      return await new Promise((resolve, reject) => {
        request({ port: (server.address() as AddressInfo).port, host: "127.0.0.1", headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            const body = Buffer.concat(chunks);
            resolve({
              status: res.statusCode!,
              headers: res.headers,
              body: (res.headers["content-encoding"] === "gzip" ? gunzipSync(body) : body).toString(),
            });
          });
        })
          .on("error", reject)
          .end();
      });
    } finally {
      server.close();
    }
  }

  it("strips an HTML page streamed in pieces and fixes its length", async () => {
    const result = await serve((res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("content-length", Buffer.byteLength(NEXT_PAGE));
      res.write(NEXT_PAGE.slice(0, 500));
      res.end(NEXT_PAGE.slice(500));
    });
    expect(result.body).toBe(withoutFrameworkJs(NEXT_PAGE).html);
    expect(Number(result.headers["content-length"])).toBe(Buffer.byteLength(result.body));
  });

  it("strips a gzipped page and sends it gzipped, with writeHead's status and headers", async () => {
    const result = await serve((res) => {
      res.writeHead(404, { "Content-Type": "text/html", "Content-Encoding": "gzip", "X-Kept": "yes" });
      res.end(gzipSync(NEXT_PAGE));
    });
    expect(result.status).toBe(404);
    expect(result.headers["x-kept"]).toBe("yes");
    expect(result.headers["content-encoding"]).toBe("gzip");
    expect(result.body).toBe(withoutFrameworkJs(NEXT_PAGE).html);
  });

  it("passes anything but HTML through as it came", async () => {
    const result = await serve((res) => {
      res.setHeader("content-type", "text/x-component");
      res.write("<script>not a page</script>");
      res.end();
    });
    expect(result.body).toBe("<script>not a page</script>");
  });
});
