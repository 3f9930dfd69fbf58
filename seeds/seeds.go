// Package seeds embeds the seed articles that a new database starts with:
// five reports of the same Paris summit from different outlets.
package seeds

import "embed"

// Files holds the seed articles as plain text, one article a file.
//
//go:embed *.txt
var Files embed.FS
