"""The 2D barcode scanner in serial mode: framing of scanned text, the port driver, its checks."""
