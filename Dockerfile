# Two stages: build the console with Node, run the API with Python.
FROM node:20-bookworm-slim AS console
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
COPY backend/graph/schema.graphql /src/backend/graph/schema.graphql
RUN npm run build

FROM python:3.11-slim-bookworm
# A Chinese font to embed in contract PDFs.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-microhei && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.lock pyproject.toml README.md ./
RUN pip install --no-cache-dir -r requirements.lock
COPY backend/ backend/
COPY migrations/ migrations/
RUN pip install --no-cache-dir --no-deps -e .
COPY --from=console /src/frontend/dist frontend/dist
RUN useradd --system hrgraph && mkdir -p var && chown hrgraph var
USER hrgraph
EXPOSE 8000
CMD ["hrgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
