from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Sidenote editorial"
admin.site.site_title = "Sidenote"
admin.site.index_title = "Newsroom"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("interviews.api.urls")),
    path("", include("interviews.urls")),
]
