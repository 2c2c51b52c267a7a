package catalog

import "strings"

var accentFold = strings.NewReplacer(
	"à", "a", "á", "a", "â", "a", "ä", "a", "ã", "a", "å", "a",
	"ç", "c", "è", "e", "é", "e", "ê", "e", "ë", "e",
	"ì", "i", "í", "i", "î", "i", "ï", "i", "ñ", "n",
	"ò", "o", "ó", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o",
	"ù", "u", "ú", "u", "û", "u", "ü", "u", "ý", "y", "ÿ", "y", "ß", "ss",
)

// Slug returns a lower-case ASCII slug of s for readable ids: "Salesforce" →
// "salesforce", "U.S. Army" → "us-army", "AT&T" → "att". Common accented
// letters lose their accents; any other character separates words. It
// returns "" when s has no ASCII letter or digit.
func Slug(s string) string {
	s = accentFold.Replace(strings.ToLower(s))
	var b strings.Builder
	dash := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteByte(c)
		case c == '.' || c == '\'' || c == '&':
			// joined: "U.S." → "us", "AT&T" → "att"
		case c == 0xE2 && strings.HasPrefix(s[i:], "’"):
			i += len("’") - 1
		default:
			dash = true
		}
	}
	return b.String()
}
