"""What language models do for the studio: write a script from an idea, read a script where the rules
guess badly, translate subtitles, write a film's metadata. User text goes to the model as data inside a
structured prompt; what comes back is parsed and validated, never executed."""
