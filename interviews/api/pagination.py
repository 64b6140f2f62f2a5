"""Page numbers for the small collections, cursors for the ones that grow without bound."""

from rest_framework.pagination import CursorPagination, PageNumberPagination


class PagePagination(PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100


class StatementCursorPagination(CursorPagination):
    """Newest first; ?ordering= may pick another unique-enough, non-null field."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    ordering = "-id"
