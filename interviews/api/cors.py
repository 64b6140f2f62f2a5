"""Read-only CORS for the public API.

Published content is public, so any site may read it from a browser: safe
methods under /api/ get ``Access-Control-Allow-Origin: *``. No credentials are
allowed (a wildcard origin forbids them), and no Authorization header is
allowed in a preflight, so a browser never makes a cross-origin write or an
authenticated cross-origin read. Writes stay same-origin (session + CSRF) or
server-to-server (token).
"""

from django.http import HttpResponse

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, If-None-Match, If-Modified-Since",
    "Access-Control-Max-Age": "86400",
}
EXPOSED = "ETag, Last-Modified, Link, Retry-After"


class PublicReadCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/api/") or request.method not in SAFE_METHODS:
            return self.get_response(request)
        is_preflight = (
            request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META
        )
        if is_preflight:
            response = HttpResponse(status=204)
            for name, value in PREFLIGHT_HEADERS.items():
                response[name] = value
        else:
            response = self.get_response(request)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = EXPOSED
        return response
