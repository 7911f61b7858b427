# syntax=docker/dockerfile:1
# The advisor's server image: `docker build -t aws-data-advisor .` and
# `docker run -p 3000:3000 aws-data-advisor`. See docs/run-at-scale.md.

# ---- build: every dependency, then the bundle (dist/) and the validated rules manifest
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No lifecycle scripts here: `prepare` would build before the sources are copied.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN node scripts/build.mjs

# ---- run: production dependencies and what the server reads, nothing else
FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY rules ./rules
COPY openapi.yaml ./
COPY src/http/playground ./src/http/playground
# Files stay root's and read-only; the process runs as the image's unprivileged
# `node` user, by number so that Kubernetes' runAsNonRoot can check it. Nothing
# is written outside /tmp, so a read-only root file system works.
USER 1000:1000
# Listening beyond loopback needs the Host names clients use for /mcp: these
# fit `docker run -p 3000:3000` and a Service named aws-data-advisor; add your
# own (the Kubernetes manifests do). `*` would turn DNS-rebinding protection off.
ENV HOST=0.0.0.0 \
    PORT=3000 \
    ADVISOR_ALLOWED_HOSTS=localhost,127.0.0.1,aws-data-advisor \
    ADVISOR_LOG_FORMAT=json
EXPOSE 3000
# No curl in a slim image: Node asks /healthz itself.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The same command scripts/cluster-test.mjs runs each replica with (a test compares them).
CMD ["node", "dist/cli.js", "serve"]
