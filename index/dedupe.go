package index

import (
	"encoding/binary"
	"hash/fnv"
	"strings"
	"unicode"
)

// Near-duplicate detection. Syndicated copies of one story are the same
// text under another URL, give or take a credit line, a dateline or a
// trimmed paragraph. Each article's word 3-shingles are summarised by a
// MinHash signature whose bands are keys in the store, so that candidates
// are found without reading other articles; a candidate is then confirmed
// by comparing the two texts' shingles exactly.
const (
	// dupMinWords is the shortest text compared at all: short briefs share
	// too much boilerplate to be told apart.
	dupMinWords = 60
	// minhashBands × minhashRows hash functions. Two texts whose shingle
	// sets have Jaccard similarity 0.8 share a band with probability 0.985;
	// at 0.3 with probability 0.06.
	minhashBands = 8
	minhashRows  = 4
	// dupContainment is the share of the shorter text's shingles that must
	// appear in the longer one; dupLengthRatio bounds how much shorter it
	// may be (a brief summarising a story is not a copy of it).
	dupContainment = 0.8
	dupLengthRatio = 0.6
)

// words splits text into lower-case words of letters and digits.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// shingles returns the set of hashed word 3-shingles of text and the number
// of words it read.
func shingles(text string) (map[uint64]struct{}, int) {
	ws := words(text)
	set := make(map[uint64]struct{}, len(ws))
	h := fnv.New64a()
	for i := 0; i+3 <= len(ws); i++ {
		h.Reset()
		for _, w := range ws[i : i+3] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		set[h.Sum64()] = struct{}{}
	}
	return set, len(ws)
}

// mix is splitmix64's finaliser: a cheap, well-spread 64-bit hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// bandKeys returns the LSH band keys of text, or nil if it is too short to
// be compared. Each key is the band number and a hash of its rows' minima.
func bandKeys(text string) [][]byte {
	set, n := shingles(text)
	if n < dupMinWords || len(set) == 0 {
		return nil
	}
	var sig [minhashBands * minhashRows]uint64
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for s := range set {
		for i := range sig {
			if v := mix(s ^ (uint64(i+1) * 0x9e3779b97f4a7c15)); v < sig[i] {
				sig[i] = v
			}
		}
	}
	keys := make([][]byte, minhashBands)
	for b := 0; b < minhashBands; b++ {
		h := fnv.New64a()
		var buf [8]byte
		for r := 0; r < minhashRows; r++ {
			binary.BigEndian.PutUint64(buf[:], sig[b*minhashRows+r])
			h.Write(buf[:])
		}
		k := make([]byte, 9)
		k[0] = byte(b)
		binary.BigEndian.PutUint64(k[1:], h.Sum64())
		keys[b] = k
	}
	return keys
}

// sameStory reports whether two texts are copies of one story: the shorter
// is not much shorter and nearly all its shingles are in the longer.
func sameStory(a, b string) bool {
	sa, na := shingles(a)
	sb, nb := shingles(b)
	if na < dupMinWords || nb < dupMinWords {
		return false
	}
	if len(sa) > len(sb) {
		sa, sb = sb, sa
	}
	if float64(len(sa)) < dupLengthRatio*float64(len(sb)) {
		return false
	}
	shared := 0
	for s := range sa {
		if _, ok := sb[s]; ok {
			shared++
		}
	}
	return float64(shared) >= dupContainment*float64(len(sa))
}
