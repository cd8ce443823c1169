/** @type {import('next').NextConfig} */
const nextConfig = {
  // No framework advertisement in response headers.
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
