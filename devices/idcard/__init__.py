"""ID-card reader (GA/T 467 SAM, serial): frames, status, text; may import `devices`, `config`."""
