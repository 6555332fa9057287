/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a view's label looks. A colour is either fixed (#rrggbb) or computed (an expression returning #rrggbb).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.Style#getLabelColor <em>Label Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.Style#getLabelSize <em>Label Size</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.Style#isLabelBold <em>Label Bold</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.Style#isLabelItalic <em>Label Italic</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getStyle()
 * @model abstract="true"
 * @generated
 */
public interface Style extends EObject {
	/**
	 * Returns the value of the '<em><b>Label Color</b></em>' attribute.
	 * The default value is <code>"#202124"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Color</em>' attribute.
	 * @see #setLabelColor(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getStyle_LabelColor()
	 * @model default="#202124"
	 * @generated
	 */
	String getLabelColor();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.Style#getLabelColor <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Color</em>' attribute.
	 * @see #getLabelColor()
	 * @generated
	 */
	void setLabelColor(String value);

	/**
	 * Returns the value of the '<em><b>Label Size</b></em>' attribute.
	 * The default value is <code>"9"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Size</em>' attribute.
	 * @see #setLabelSize(int)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getStyle_LabelSize()
	 * @model default="9"
	 * @generated
	 */
	int getLabelSize();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.Style#getLabelSize <em>Label Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Size</em>' attribute.
	 * @see #getLabelSize()
	 * @generated
	 */
	void setLabelSize(int value);

	/**
	 * Returns the value of the '<em><b>Label Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Bold</em>' attribute.
	 * @see #setLabelBold(boolean)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getStyle_LabelBold()
	 * @model
	 * @generated
	 */
	boolean isLabelBold();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.Style#isLabelBold <em>Label Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Bold</em>' attribute.
	 * @see #isLabelBold()
	 * @generated
	 */
	void setLabelBold(boolean value);

	/**
	 * Returns the value of the '<em><b>Label Italic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Italic</em>' attribute.
	 * @see #setLabelItalic(boolean)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getStyle_LabelItalic()
	 * @model
	 * @generated
	 */
	boolean isLabelItalic();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.Style#isLabelItalic <em>Label Italic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Italic</em>' attribute.
	 * @see #isLabelItalic()
	 * @generated
	 */
	void setLabelItalic(boolean value);

} // Style
