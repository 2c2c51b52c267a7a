package catalog

import "testing"

func TestAmountAt(t *testing.T) {
	tests := []struct {
		in        string
		value     float64
		vague     bool
		qualifier string
		money     bool
		percent   bool
	}{
		{"4,000 employees", 4000, false, "", false, false},
		{"more than 650 employees", 650, false, "more than", false, false},
		{"over 300 signatures", 300, false, "over", false, false},
		{"nearly 1,800 workers", 1800, false, "nearly", false, false},
		{"almost 90 staff", 90, false, "almost", false, false},
		{"at least 450 employees", 450, false, "at least", false, false},
		{"about 20 employees", 20, false, "about", false, false},
		{"roughly 900 people", 900, false, "roughly", false, false},
		{"around 600 engineers", 600, false, "around", false, false},
		{"some 20,000 employees", 20000, false, "some", false, false},
		{"upwards of 3,000 workers", 3000, false, "upwards of", false, false},
		{"close to 10,000 members", 10000, false, "close to", false, false},
		{"two thousand workers", 2000, false, "", false, false},
		{"a dozen engineers", 12, false, "", false, false},
		{"two dozen employees", 24, false, "", false, false},
		{"three hundred employees", 300, false, "", false, false},
		{"forty-five employees", 45, false, "", false, false},
		{"one hundred and twenty workers", 120, false, "", false, false},
		{"nearly four thousand employees", 4000, false, "nearly", false, false},
		{"hundreds of employees", 0, true, "", false, false},
		{"thousands of workers", 0, true, "", false, false},
		{"dozens of engineers", 0, true, "", false, false},
		{"tens of thousands of workers", 0, true, "", false, false},
		{"$19.4 million contract", 19.4e6, false, "", true, false},
		{"64 percent", 64, false, "", false, true},
		{"12% of staff", 12, false, "", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := tokenize(tt.in, 0)
			var a amount
			ok := false
			for i := range toks {
				if a, ok = amountAt(toks, i); ok {
					break
				}
			}
			if !ok {
				t.Fatalf("amountAt(%q) found no amount", tt.in)
			}
			if a.value != tt.value || a.vague != tt.vague || a.qualifier != tt.qualifier || a.money != tt.money || a.percent != tt.percent {
				t.Errorf("got value=%v vague=%v qualifier=%q money=%v percent=%v, want %v %v %q %v %v",
					a.value, a.vague, a.qualifier, a.money, a.percent, tt.value, tt.vague, tt.qualifier, tt.money, tt.percent)
			}
		})
	}
}

func TestCountValue(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"650", 650},
		{"1", 0},        // one person is no count of a collective action
		{"19.5", 0},     // not whole
		{"$250,000", 0}, // money
		{"64 percent", 0},
		{"hundreds", 0},
	}
	for _, tt := range tests {
		toks := tokenize(tt.in, 0)
		i := 0
		if toks[0].text == "$" {
			i = 1
		}
		a, ok := amountAt(toks, i)
		if !ok {
			t.Fatalf("amountAt(%q) found no amount", tt.in)
		}
		if got := a.countValue(); got != tt.want {
			t.Errorf("countValue(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestMoneyAt(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"$19.4 million", 19400000},
		{"$10 billion", 10000000000},
		{"$200,000", 200000},
		{"$95,500", 95500},
		{"$1.5bn", 1500000000},
		{"US$ 3 million", 3000000},
		{"$479m", 479000000},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, _, ok := moneyAt(tokenize(tt.in, 0), 0)
			if !ok || got != tt.want {
				t.Errorf("moneyAt(%q) = %d, %v, want %d", tt.in, got, ok, tt.want)
			}
		})
	}
	for _, in := range []string{"19.4 million", "$", "$ abc"} {
		if got, _, ok := moneyAt(tokenize(in, 0), 0); ok {
			t.Errorf("moneyAt(%q) = %d, want no amount", in, got)
		}
	}
}
