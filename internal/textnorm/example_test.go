package textnorm_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/internal/textnorm"
)

func Example() {
	fmt.Println(textnorm.Slug("Recep Tayyip Erdoğan"))
	fmt.Println(textnorm.Fold("Zelenskyy’s"))
	// Output:
	// recep-tayyip-erdogan
	// zelenskyy's
}
