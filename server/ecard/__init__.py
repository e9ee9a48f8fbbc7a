"""The national e-card platform seam: who a scanned 电子社保卡 code names (imports contract only)."""
