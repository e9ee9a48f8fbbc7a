"""Device protocols and transports (card, ID reader, printer); no Qt; may import only `config`."""
