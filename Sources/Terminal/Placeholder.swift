// Placeholder: the Terminal module is being written.
