"""Signed kiosk updates: releases published as a TUF repository (`repository`), fetched and
verified on the kiosk (`fetch`), installed beside the running release and switched to only once
they proved themselves on this kiosk (`install`). No Qt; docs/deploy.md explains the whole path."""
