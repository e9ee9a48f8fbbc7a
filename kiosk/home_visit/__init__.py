"""Home visits on a field-staff laptop (`kiosk run --home-visit`): the field visitor's login,
online and offline, and the proof each claim taken at home carries. No Qt: the composition root
(kiosk/app/home_visit_mode.py) draws it; imports config, contract, kiosk.api and kiosk.domain."""
