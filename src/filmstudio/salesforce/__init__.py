"""Salesforce CRM: the studio's users, projects, credits, subscriptions, films and uploads mirrored as
Contacts and the custom objects defined in `salesforce/force-app` (JWT bearer sign-in, REST v58.0)."""

from filmstudio.salesforce import capture as capture  # installs the change capture (see its docstring)
