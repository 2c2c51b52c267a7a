package index

import "errors"

// ErrNotFound is returned (wrapped) when a record does not exist.
var ErrNotFound = errors.New("index: not found")

// ErrInvalid is returned (wrapped) for input that cannot be accepted.
var ErrInvalid = errors.New("index: invalid input")
