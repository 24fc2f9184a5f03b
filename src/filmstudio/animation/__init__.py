"""Cut-out animation: character looks and rigs, lip-sync tracks, shot planning and per-frame acting."""
