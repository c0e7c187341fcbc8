"""Members' own pages, under /<lang>/accounts/ beside allauth's."""

from django.urls import path

from . import views

urlpatterns = [
    path("me/", views.my_account, name="my_account"),
    path("me/export/", views.export_data, name="export_my_data"),
    path("me/delete/", views.delete_account, name="delete_my_account"),
    path("agencies/<int:agency_id>/invite/", views.invite_to_agency, name="invite_to_agency"),
    path("invitation/<str:token>/", views.invitation, name="invitation"),
]
