import { afterEach, describe, expect, it, vi } from "vitest";
import { previewFonts } from "@/lib/seo/preview-fonts";
import { previewImage } from "@/lib/seo/preview-image";

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(bytes.slice(12, 16))).toBe("IHDR");
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("preview images", () => {
  it("draws text only with characters the bundled fonts have", () => {
    const { drawable } = previewFonts();
    expect(drawable("Café – “quotes” ≥ 3 sessions → 😀 Ψ")).toBe("Café – “quotes” >= 3 sessions ->");
    expect(drawable("Plain\u2002title\u00a0here")).toBe("Plain title here");
  });

  it("renders a 1200×630 PNG without reaching for the network, even for emoji and other scripts", async () => {
    // next/og downloads a font from Google, or an emoji image, for any character its fonts lack.
    // It also fetches its own WebAssembly from data: URLs, which is not the network.
    const realFetch = globalThis.fetch;
    const network: string[] = [];
    vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith("data:")) return realFetch(input, init);
      network.push(url);
      return Promise.reject(new Error("no network in builds"));
    });
    const response = previewImage({
      eyebrow: "Side effects",
      title: "How long does redness last after microneedling 😀 — and when is it a worry? Ψ",
      footer: "Microneedling, explained",
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(network).toEqual([]);
  });
});
