"""The development work's pages, under /<lang>/members/development/ (see cms/urls.py)."""

from django.urls import path

from .views import agencies, partnerships, results, rounds

app_name = "development"

agency = "<int:agency_id>/"
round = agency + "rounds/<int:round_id>/"
partnership = agency + "partnerships/<int:partnership_id>/"

urlpatterns = [
    path("", agencies.home, name="home"),
    path(agency, agencies.agency, name="agency"),
    path(
        agency + "interventions/<int:intervention_id>/", agencies.intervention, name="intervention"
    ),
    path(agency + "documents/<int:document_id>/", agencies.document, name="document"),
    path(agency + "upload/", agencies.upload, name="upload"),
    path(agency + "results/", results.results, name="results"),
    path(agency + "rounds/new/", rounds.new_round, name="new_round"),
    path(round, rounds.round_detail, name="round"),
    path(round + "answer/", rounds.answer, name="answer"),
    path(round + "invite/", rounds.invite_people, name="invite"),
    path(round + "remind/", rounds.remind, name="remind"),
    path(round + "status/", rounds.change_status, name="round_status"),
    path(round + "consensus/", rounds.consolidate, name="consolidate"),
    path(round + "submit/", rounds.submit, name="submit"),
    path(round + "reopen/", rounds.reopen, name="reopen"),
    path(round + "report.pdf", results.report_pdf_view, name="report_pdf"),
    path(round + "answers.csv", results.answers_csv, name="answers_csv"),
    path(round + "answers.xlsx", results.answers_xlsx, name="answers_xlsx"),
    path(partnership, partnerships.partnership, name="partnership"),
    path(partnership + "log/new/", partnerships.new_entry, name="new_log_entry"),
    path(partnership + "log/<int:entry_id>/", partnerships.log_entry, name="log_entry"),
    path(partnership + "log/<int:entry_id>/edit/", partnerships.edit_entry, name="edit_log_entry"),
]
