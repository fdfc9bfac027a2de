"""Exit codes, for every command (see the README): done; the input has
problems; the command line is wrong or an output cannot be written; an
external program is missing or failed. A module of its own so that the
command line can name them without importing anything else."""

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_EXTERNAL = 0, 1, 2, 3
