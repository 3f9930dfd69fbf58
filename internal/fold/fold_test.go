package fold

import "testing"

func TestKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Zelenskyy", "zelenskyy"},
		{"  Élysée   Palace ", "elysee palace"},
		{"Starmer’s office", "starmer's office"},
		{"ZAKHAROVA", "zakharova"},
		{"", ""},
	} {
		if got := Key(tc.in); got != tc.want {
			t.Errorf("Key(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Emmanuel Macron", "emmanuel-macron"},
		{"Giorgia Meloni’s office", "giorgia-melonis-office"},
		{"the White House!", "the-white-house"},
		{"  --Ångström 2 ", "angstrom-2"},
		{"日本", ""},
	} {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
