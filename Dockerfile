# syntax=docker/dockerfile:1

# Build: docker build --build-arg VERSION=$(git describe --tags --always --dirty) -t quoted .
# Generated code (sqlc output, openapi.yaml) is committed, so the image build
# needs neither tools.mod nor go generate.

FROM golang:1.26-bookworm AS build
WORKDIR /src
ENV CGO_ENABLED=0 GOFLAGS=-buildvcs=false
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download
COPY . .
ARG VERSION=dev
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/quoted ./cmd/quoted

# distroless/static: CA certificates and tzdata, no shell, runs as uid 65532.
# The private PostgreSQL fallback is not available here: set DATABASE_URL.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/quoted /quoted
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/quoted"]
CMD ["serve", "--addr", "0.0.0.0:8080"]
